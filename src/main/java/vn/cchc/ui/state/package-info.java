/** The dashboard's view state — filters and drill level — kept in the URL so links reproduce views. */
package vn.cchc.ui.state;
