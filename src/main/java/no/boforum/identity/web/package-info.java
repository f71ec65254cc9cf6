/** Login, registration, profile, organisation and administration pages, and the login mechanism. */
package no.boforum.identity.web;
