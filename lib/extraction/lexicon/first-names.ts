/**
 * Common given names (English-speaking, South Asian, Middle Eastern, European),
 * used only as evidence that a two-word capitalised phrase names a person.
 */
export const FIRST_NAMES: ReadonlySet<string> = new Set(`
Aaron Abdul Abdullah Abu Adam Ahmad Ahmed Alan Albert Alex Alexander Ali Alice Alicia Amanda Amir Amy Andrea
Andrew Angela Ann Anna Anne Anthony Antonio Arif Arthur Asad Asif Ashley Ashraf Barack Barbara Ben Benjamin
Bernie Betty Bill Billy Bob Brad Brandon Brian Bruce Carl Carlos Carol Caroline Catherine Charles Charlie
Chris Christian Christina Christine Christopher Chuck Claire Cory Craig Dan Daniel David Dennis Diana Diane
Donald Donna Doug Douglas Ed Edward Elizabeth Ellen Emily Emma Eric Fatima Faisal Frank Fred Gary George
Gerald Gloria Greg Gregory Hamid Hannah Harry Hasan Hassan Heather Helen Henry Hillary Howard Hussain Hussein
Ian Imran Ismail Jack Jacob James Jamie Jane Janet Jason Jean Jeff Jeffrey Jennifer Jens Jeremy Jerry Jessica
Jill Jim Jimmy Joan Joe John Johnny Jon Jonathan Jorge Jose Joseph Josh Joshua Juan Judy Julia Julie Justin
Karen Kate Katherine Kathleen Keith Kelly Ken Kenneth Kevin Khalid Kim Kimberly Larry Laura Lauren Lawrence
Leo Linda Lisa Lori Louis Lynn Mahmood Mahmoud Marco Margaret Maria Marie Mark Martin Mary Matt Matthew Max
Megan Melania Melissa Michael Michelle Mike Mitch Mohammad Mohammed Muhammad Nancy Naveed Nawaz Nicholas Nicole
Nikki Omar Pamela Pat Patricia Patrick Paul Peter Philip Rachel Rahul Raja Ralph Rand Randy Raymond Rebecca
Rex Richard Rick Rob Robert Roger Ron Ronald Rose Roy Russell Ruth Ryan Saad Sadiq Salman Sam Samantha Samuel
Sandra Sara Sarah Scott Sean Shah Shahid Shaukat Sharon Sheikh Shireen Sirajuddin Stephanie Stephen Steve
Steven Susan Syed Tariq Ted Terry Thomas Tim Timothy Tina Todd Tom Tony Tyler Usman Victor Victoria Vladimir
Walter Wayne William Xi Yusuf Zalmay Zeeshan Zubair Abdul Atiq Gulbuddin Hekmatyar Asadullah Amrullah Rahmatullah
Narendra Manmohan Benazir Pervez Nasir Qamar Javed Raheel Maryam Bilawal Asim Fawad Jahangir Sheikh Mehmood
Mahmud Ashraf Mullah Hamdullah Abdul Ghulam Khalil Zabihullah Suhail Yunus Emmanuel Angela Theresa Boris Recep
Hassan Mohsen Ebrahim Bashar Benjamin Kim Moon Shinzo Justin Jacinda Mike Kamala Nancy Chuck Lindsey Marco
Ted Elizabeth Kirsten Tulsi Pete Amy Beto Joe Hunter Ivanka Jared Kellyanne Sean Sarah Rudy Rudolph Rex
`.split(/\s+/).filter(Boolean));

/** Given names that are usually women's, for "she"/"he" agreement in pronoun resolution. */
export const FEMALE_FIRST_NAMES: ReadonlySet<string> = new Set(`
Alice Alicia Amanda Amy Andrea Angela Ann Anna Anne Ashley Barbara Benazir Betty Begum Carol Caroline Catherine
Christina Christine Claire Diana Diane Donna Elizabeth Ellen Emily Emma Fatima Gloria Hannah Heather Helen Hillary
Ivanka Jacinda Jane Janet Jennifer Jessica Jill Joan Judy Julia Julie Kamala Karen Kate Katherine Kathleen Kelly
Kellyanne Kimberly Kirsten Laura Lauren Linda Lindsey Lisa Lori Lynn Margaret Maria Marie Mary Maryam Megan Melania
Melissa Michelle Nancy Nicole Nikki Pamela Patricia Rachel Rebecca Rose Ruth Samantha Sandra Sara Sarah Sharon
Shireen Stephanie Susan Theresa Tina Tulsi Victoria
`.split(/\s+/).filter(Boolean));

/** Given names that are usually men's, for "she"/"he" agreement in pronoun resolution. */
export const MALE_FIRST_NAMES: ReadonlySet<string> = new Set(
  [...FIRST_NAMES].filter((n) => !FEMALE_FIRST_NAMES.has(n) && !/^(?:Jamie|Kim|Pat|Lynn|Kelly|Sam|Alex|Max|Moon|Xi|Sheikh|Syed|Mullah|Shah|Raja|Abu)$/.test(n)),
);
