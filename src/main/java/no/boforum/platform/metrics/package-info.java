/**
 * Request metrics for MicroProfile Metrics (read on the management port, decision 0027): a count
 * per page family or API and status class, and the time each request took, under labels the code
 * bounds (decision 0036), and gauges read from the database that never fail a scrape. The features
 * count their own work (outbox, mail, jobs, search).
 */
package no.boforum.platform.metrics;
