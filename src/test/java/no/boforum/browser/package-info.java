/** Browser tests: real headless Chromium driving the real pages, with page objects and axe-core. */
package no.boforum.browser;
