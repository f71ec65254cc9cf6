/** Organisations as open data: what they say of themselves; never their members. */
package no.boforum.identity.opendata;
