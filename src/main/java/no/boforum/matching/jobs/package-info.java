/** The periodic jobs of needs and offers. */
package no.boforum.matching.jobs;
