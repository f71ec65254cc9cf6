/**
 * The discussion pages at {@code /discussions}, {@code /discussions/new} and {@code
 * /discussions/<id>-<slug>}, from views under {@code webapp/discussion/} (decision 0013's seam).
 */
package no.boforum.discussion.web;
