/** The development mailbox page of the run command. */
package no.boforum.platform.mail.web;
