/**
 * The seam through which pages of practices and events list the threads about them without
 * importing the discussion feature (decision 0017).
 */
package no.boforum.platform.threads;
