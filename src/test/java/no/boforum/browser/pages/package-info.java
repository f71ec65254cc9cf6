/** Page objects: what a visitor sees and can do on each page, in the visitor's terms. */
package no.boforum.browser.pages;
