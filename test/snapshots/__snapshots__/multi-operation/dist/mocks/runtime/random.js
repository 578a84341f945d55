function seededRandom(seed) {
  const text = String(seed);
  let state = 2166136261;
  for (let i = 0; i < text.length; i++)
    state = Math.imul(state ^ text.charCodeAt(i), 16777619) >>> 0;
  return () => {
    state = state + 1831565813 >>> 0;
    let t = state;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}
const HEX = "0123456789abcdef";
function randomUuid(random) {
  let head = "";
  for (let i = 0; i < 16; i++) {
    const digit = HEX[random() * 16 | 0];
    if (i === 8 || i === 12) head += "-";
    head += i === 12 ? "4" : digit;
  }
  random();
  let tail = "";
  for (let i = 17; i < 32; i++) {
    if (i === 20) tail += "-";
    tail += HEX[random() * 16 | 0];
  }
  return `${head}-${HEX[8 + (random() * 4 | 0)]}${tail}`;
}
export {
  randomUuid,
  seededRandom
};
