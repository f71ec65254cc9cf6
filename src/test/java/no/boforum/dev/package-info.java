/** The run command: the whole portal on one machine, on embedded servers. */
package no.boforum.dev;
