/** Accounts, sessions and organisations as JSON, guarded by the same authorisation as the pages. */
package no.boforum.identity.api;
