/**
 * Needs and offers (issue 15, decision 0021): an organisation posts what it needs from other actors
 * or what it can offer them; its editors write and move them through their states.
 */
package no.boforum.matching;
