/**
 * We Don't Buy Crime register: towns and parishes in the scheme with their accreditation, and the
 * partner retailers who pledge not to buy stolen goods; public lists by area, staff changes by
 * slug.
 */
package uk.police.saferportal.content.wdbc;
