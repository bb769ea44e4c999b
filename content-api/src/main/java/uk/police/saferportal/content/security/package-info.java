/**
 * Who may do what: staff accounts with Argon2id password hashes and roles, bearer tokens with an
 * expiry, lock-out after repeated failures, API tokens for machine clients (read or read-write,
 * revocable, stored hashed), Shiro permissions checked on every staff endpoint, and the audit log
 * of staff actions.
 */
package uk.police.saferportal.content.security;
