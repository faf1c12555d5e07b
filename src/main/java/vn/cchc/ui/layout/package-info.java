/** The frame shared by every dashboard view: navigation, language switch, the sample-data notice. */
package vn.cchc.ui.layout;
