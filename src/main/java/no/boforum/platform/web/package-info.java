/** Web plumbing shared by every page: language choice, security headers, error handling. */
package no.boforum.platform.web;
