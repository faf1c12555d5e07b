/** The filter row shared by the views; it reports changes as typed events and never queries figures. */
package vn.cchc.ui.filter;
