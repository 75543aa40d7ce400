package fr.dui.pro.smart;

import java.io.Serializable;

/** An authorization request sent, waiting for the DUI to send the browser back with a code. */
record PendingAuthorization(String state, String codeVerifier) implements Serializable {}
