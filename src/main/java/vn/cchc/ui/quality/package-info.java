/** Chất lượng dữ liệu: findings by rule, province and agency; who has not reported in each period. */
package vn.cchc.ui.quality;
