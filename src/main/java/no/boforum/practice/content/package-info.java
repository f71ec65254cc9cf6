/** The practice files under {@code content/practices/}: their format and their importer. */
package no.boforum.practice.content;
