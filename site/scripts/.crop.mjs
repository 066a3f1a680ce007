import sharp from 'sharp';
const m = await sharp('/tmp/story-scratch/shot2.png').metadata();
console.log(m.width, m.height);
await sharp('/tmp/story-scratch/shot2.png').extract({ left: 0, top: 900, width: m.width, height: Math.min(1800, m.height - 900) }).toFile('/tmp/story-scratch/shot2a.png');
await sharp('/tmp/story-scratch/shot2.png').extract({ left: 0, top: Math.max(0, m.height - 2200), width: m.width, height: Math.min(2200, m.height) }).toFile('/tmp/story-scratch/shot2b.png');
const p = await sharp('/tmp/story-scratch/shot3.png').metadata();
console.log(p.width, p.height);
await sharp('/tmp/story-scratch/shot3.png').extract({ left: 0, top: 0, width: p.width, height: Math.min(1600, p.height) }).toFile('/tmp/story-scratch/shot3a.png');
