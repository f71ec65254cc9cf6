/**
 * Atom feeds at {@code /feeds/<name>.atom}: the servlet, the writing with Rome and the seam {@link
 * no.boforum.opendata.feed.FeedSource} that each feature's {@code feed} package implements with its
 * own public content (decision 0022). It imports no feature.
 */
package no.boforum.opendata.feed;
