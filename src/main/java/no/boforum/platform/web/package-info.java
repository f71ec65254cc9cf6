/**
 * Web plumbing shared by every page: language choice, security headers, and an EL resolver for
 * records.
 */
package no.boforum.platform.web;
