/** Integration tests against the real servers: HTTP, Arquillian in-container, degraded mode. */
package no.boforum.it;
