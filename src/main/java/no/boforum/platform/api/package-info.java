/** The JSON API's application class and the error answers shared by every resource. */
package no.boforum.platform.api;
