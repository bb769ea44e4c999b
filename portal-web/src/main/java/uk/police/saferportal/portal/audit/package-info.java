/** The audit log of staff changes at /admin/audit, for administrators, by item if asked. */
package uk.police.saferportal.portal.audit;
