/**
 * The dashboard's languages: Vietnamese by default, English on request (Vaadin's I18NProvider over
 * resource bundles {@code i18n/ui*.properties}), and the Vietnamese/English number formats.
 */
package vn.cchc.ui.i18n;
