/** The "save this search" form of the search page, and the page {@code /my/searches}. */
package no.boforum.search.saved.web;
