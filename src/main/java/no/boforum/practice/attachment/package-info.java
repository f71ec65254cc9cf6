/**
 * Files attached to practices: receiving an upload within a size limit, checking that it is a PDF
 * we can read, and keeping it on disk under a key that cannot point outside the files directory.
 */
package no.boforum.practice.attachment;
