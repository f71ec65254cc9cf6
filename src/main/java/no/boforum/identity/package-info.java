/**
 * Who people are and what they may do: accounts, organisations and memberships, login, the caller
 * as a value (also outside a request), and the one authorisation service that every page, API call
 * and job asks, with the policies by which features add their own rules.
 */
package no.boforum.identity;
