/**
 * Web plumbing shared by every page: language choice, security headers, the input rule for form
 * fields, refusal of malformed requests and of writes from other sites, the Content-Security-Policy
 * nonce across postbacks, and an EL resolver for records.
 */
package no.boforum.platform.web;
