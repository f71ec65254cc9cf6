/**
 * The JSON API's application class, the error answers shared by every resource, and the reading of
 * every JSON body (size limit, input rule).
 */
package no.boforum.platform.api;
