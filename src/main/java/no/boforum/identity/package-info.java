/**
 * Who people are and what they may do: accounts, organisations and memberships, login, and the one
 * authorisation service that every page and API call asks.
 */
package no.boforum.identity;
