/** The organisation files under {@code content/organisations/}: their format and their importer. */
package no.boforum.identity.content;
