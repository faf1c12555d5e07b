/** Small pieces every dashboard view uses: how a figure was obtained, navigation between states. */
package vn.cchc.ui.common;
