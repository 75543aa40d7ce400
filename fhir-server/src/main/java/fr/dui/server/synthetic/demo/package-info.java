/**
 * Demo mode ({@code DUI_DEMO=true}): at first start the server loads a small synthetic establishment and creates
 * demo accounts, so that a new user sees a living DUI. The population is stored in-process through HAPI's system
 * DAO, so every storage rule of the API (profile validation, identity vigilance) applies to it.
 */
package fr.dui.server.synthetic.demo;
