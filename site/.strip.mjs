import sharp from 'sharp';
const files = process.argv.slice(3);
const metas = await Promise.all(files.map((f) => sharp(f).metadata()));
const w = metas.reduce((a, m) => a + m.width + 4, 0), h = Math.max(...metas.map((m) => m.height));
let x = 0; const comp = [];
for (let i = 0; i < files.length; i++) { comp.push({ input: files[i], left: x, top: 0 }); x += metas[i].width + 4; }
await sharp({ create: { width: w, height: h, channels: 3, background: '#888' } }).composite(comp).png().toFile(process.argv[2]);
