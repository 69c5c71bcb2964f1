// What the list editor says, built from the noun ("event"), its plural and the sample's
// name; a widget may replace any of them through the editor's `words` option.

/** The default words, from the noun ("event"), its plural and the sample's name. */
export function listWords(noun, nouns, sampleName) {
  const count = (n) => `${n} ${n === 1 ? noun : nouns}`;
  return {
    addLegend: `Add ${/^[aeiou]/i.test(noun) ? "an" : "a"} ${noun}`,
    addButton: `Add ${noun}`,
    editLegend: (description) => `Edit the ${noun} ${description}`,
    listHeading: (n) => `${nouns[0].toUpperCase()}${nouns.slice(1)} (${n})`,
    sampleButton: `Use the fictional sample: ${sampleName}`,
    sampleQuestion: (n) => `This deletes the ${count(n)} here from this device and shows ${sampleName}'s fictional ones instead. Undo brings yours back until you close this tab.`,
    sampleConfirm: `Delete mine and show ${sampleName}'s`,
    sampleKeep: `Keep my ${nouns}`,
    clearButton: `Remove all ${nouns}`,
    clearQuestion: (n) => `This removes all ${count(n)}. You can undo it afterwards.`,
    clearConfirm: `Remove all ${nouns}`,
    clearKeep: "Keep them",
  };
}
