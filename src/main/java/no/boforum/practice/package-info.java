/** Practice case studies: who did what, for whom, where, and with what evidence. */
package no.boforum.practice;
