/**
 * Capitalised words that are never (part of) an actor's name: function words
 * that open sentences, weekdays, months, religious and page-furniture words.
 */
export const STOP_NAMES: ReadonlySet<string> = new Set([
  "The", "A", "An", "And", "But", "Or", "Nor", "So", "Yet", "For", "If", "In", "On", "At", "By", "To", "Of",
  "As", "From", "With", "Without", "After", "Before", "During", "Since", "Until", "While", "When", "Where",
  "Why", "How", "What", "Who", "Whom", "Which", "That", "This", "These", "Those", "There", "Here", "Then",
  "Now", "Still", "Also", "Even", "Just", "Only", "Meanwhile", "However", "Moreover", "Although", "Though",
  "Because", "Despite", "According", "Asked", "Yes", "No", "Not", "All", "Some", "Many", "Most", "Much",
  "More", "Few", "Each", "Every", "Both", "Either", "Neither", "Another", "Other", "Such", "It", "Its",
  "He", "She", "They", "We", "I", "You", "His", "Her", "Their", "Our", "My", "Your", "Him", "Them", "Us",
  "Me", "Mine", "Nobody", "Everybody", "Everyone", "Someone", "Somebody", "Anyone", "Anybody", "None",
  "Nothing", "Everything", "Something", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
  "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
  "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
  "God", "Allah", "Lord", "Jesus", "Load", "Click", "Read", "Share", "Tweet", "Email", "Print", "Comment",
  "Comments", "Advertisement", "Related", "Photo", "Video", "Image", "Getty", "Images", "AP", "File",
  "Copyright", "Subscribe", "Sign", "Follow", "Like", "Watch", "Listen", "Updated", "Published", "Posted",
  "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Jr", "Sr", "Inc", "Ltd", "Co",
  "Today", "Tomorrow", "Yesterday", "Tonight", "Last", "Next", "Week", "Year", "Years", "Day", "Days",
  "Once", "Twice", "Over", "Under", "Through", "Into", "Onto", "Upon", "About", "Among", "Between",
  "Instead", "Indeed", "Perhaps", "Maybe", "Please", "Thanks", "Thank", "Dear", "Oh", "Well", "Okay",
  "OK", "Hey", "Hello", "Sorry", "Let", "Let's", "Whether", "Unless", "Though", "Thus", "Hence",
  "Christmas", "Easter", "Ramadan", "Eid", "Internet", "Twitter", "Facebook", "Instagram", "YouTube",
  "Islam", "Islamic", "Crooked", "Election", "Day", "Act", "Amendment", "Muslim", "Muslims", "Christian", "Christians", "Hindu", "Jewish", "Catholic",
  "Senior", "Former", "Top", "Both", "Editor", "Note", "Source",
  "Sources", "Officials", "Official", "Asian", "European", "African", "Arab", "Western", "Eastern",
  "Northern", "Southern", "Islamist", "Sunni", "Shia", "Shiite", "Jihadi", "Jihadist", "Pashtun", "Baloch",
  "Kurdish", "Kurds", "Latino", "Latinos", "Hispanic", "Asians", "Arabs", "Africans", "Europeans",
]);
