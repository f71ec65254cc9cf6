/** The practice pages. */
package no.boforum.practice.web;
