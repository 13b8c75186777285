// A short made-up news story for trying Sift: every name, place and number
// in it is invented. It has figures with and without sources, hedges, a
// name spelled two ways, and the page furniture a copied article drags
// along.
export const SAMPLE = `Share on Facebook
Share on X
Sign up for our morning newsletter

Harbour town weighs sea wall after record flooding

By Ilse Marrow, coastal affairs reporter
Published 3 March 2026

The council of Port Avery will vote next week on a sea wall that could cost up to £48 million, after the worst flooding the town has recorded in more than a century.

About 1,200 homes were damaged when the estuary burst its banks in January, according to the council's own survey. Deputy mayor Tomasz Keller told reporters that the wall was "the only serious option left to us".

"We lost 37 businesses on the waterfront in a single night," Keller said. "Nobody here wants to go through that again."

Not everyone is convinced. Officials familiar with the engineering review said the true cost may be closer to £70 million, and some residents reportedly fear that a wall would cut the harbour off from the town it feeds.

Renata Osei, who runs a boat-repair yard by the quay, said insurance premiums on her street had risen by 40% in two years. "The wall might protect the houses, but it will probably finish off the yard," she said.

The Environment Agency estimates that sea levels along this stretch of coast have risen by roughly 20 centimetres since 1950. Nearly half of the town's 9,000 residents live less than two metres above the high-tide line.

Deputy mayor Tomas Keller said a public meeting would be held before the vote. Critics allegedly plan to present an alternative scheme of salt marshes and raised roads, which they say would cost around a third as much.

Advertisement
Related: Five coastal towns that moved inland
Read more: How tides are measured
© 2026 The Estuary Courier. All rights reserved.
`;
