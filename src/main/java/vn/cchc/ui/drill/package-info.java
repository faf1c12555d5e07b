/** Chi tiết: the drill-down from the country to one report's values, source lines and findings. */
package vn.cchc.ui.drill;
