/**
 * Web plumbing shared by every page: language choice, security headers, the input rule for form
 * fields, refusal of malformed requests, and an EL resolver for records.
 */
package no.boforum.platform.web;
