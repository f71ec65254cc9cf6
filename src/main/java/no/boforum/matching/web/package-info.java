/** The pages of needs and offers: the board at {@code /matching}, a page per posting, the forms. */
package no.boforum.matching.web;
