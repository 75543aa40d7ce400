/**
 * Loads a synthetic population into a running DUI server through its public FHIR API, as any client would: transaction
 * Bundles POSTed to {@code /fhir} with the access token of a {@code service} client. Runs outside the server
 * ({@link fr.dui.server.synthetic.loader.LoadCommand}); its messages are for people, in French.
 */
package fr.dui.server.synthetic.loader;
