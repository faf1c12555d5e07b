/**
 * Vaadin views and components. Views call analytics services and receive records.
 */
package vn.cchc.ui;
