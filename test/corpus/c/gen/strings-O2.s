	.file	"strings.c"
	.machine "440"
	.section	".text"
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align 2
.LC0:
	.string	"abababcabcabcd"
	.section	".text"
	.align 2
	.type	find.constprop.0, @function
find.constprop.0:
.LFB11:
	.cfi_startproc
	lbz 9,0(3)
	mr 8,3
	mr 6,3
	cmpwi 0,9,0
	beq- 0,.L2
.L3:
	lbzu 9,1(6)
	cmpwi 0,9,0
	bne+ 0,.L3
.L2:
	subf. 6,8,6
	lis 3,.LC0@ha
	la 3,.LC0@l(3)
	beqlr- 0
.L4:
	andi. 7,6,0x1
	mr 10,6
	li 9,0
	beq- 0,.L14
	lbz 5,0(3)
	lbz 7,0(8)
	cmpw 0,5,7
	bne- 0,.L19
	cmplwi 0,6,1
	li 9,1
	beqlr- 0
.L14:
	srwi 10,10,1
	mtctr 10
	b .L7
.L6:
	addi 9,9,1
	lbzx 7,3,9
	lbzx 10,8,9
	cmpw 0,7,10
	bne- 0,.L19
	addi 9,9,1
	bdz .L24
.L7:
	lbzx 7,3,9
	lbzx 10,8,9
	cmpw 0,7,10
	beq+ 0,.L6
.L19:
	cmplw 0,6,9
	beqlr- 0
	lbzu 9,1(3)
	cmpwi 0,9,0
	bne+ 0,.L4
	li 3,0
	blr
.L24:
	blr
	.cfi_endproc
.LFE11:
	.size	find.constprop.0,.-find.constprop.0
	.align 2
	.type	itoa, @function
itoa:
.LFB6:
	.cfi_startproc
	cmpwi 7,3,0
	mr 10,3
	mr 3,4
	blt- 7,.L43
.L26:
	lis 11,.LANCHOR0@ha
	li 9,0
	la 11,.LANCHOR0@l(11)
	addi 7,3,-1
.L27:
	divwu 6,10,5
	mr 12,9
	addi 9,9,1
	cmplw 0,10,5
	mullw 8,6,5
	subf 8,8,10
	mr 10,6
	lbzx 8,11,8
	stbx 8,7,9
	bge+ 0,.L27
	blt- 7,.L44
.L28:
	srwi. 8,9,1
	li 6,0
	stbx 6,3,9
	mr 10,7
	add 9,3,9
	beqlr- 0
.L46:
	andi. 7,8,0x1
	addi 7,8,-1
	bne- 0,.L45
.L36:
	srwi 8,8,1
	mtctr 8
.L30:
	lbz 6,1(10)
	addi 7,10,1
	lbz 5,-1(9)
	addi 8,9,-1
	addi 10,10,2
	addi 9,9,-2
	stb 5,-1(10)
	stb 6,1(9)
	lbz 6,1(7)
	lbz 5,-1(8)
	stb 5,1(7)
	stb 6,-1(8)
	bdnz .L30
	blr
.L45:
	lbzu 6,1(10)
	cmpwi 0,7,0
	lbzu 7,-1(9)
	stb 7,0(10)
	stb 6,0(9)
	bne+ 0,.L36
	blr
.L44:
	cmpwi 0,5,10
	bne+ 0,.L28
	li 10,45
	li 6,0
	stbx 10,3,9
	addi 9,12,2
	srwi. 8,9,1
	stbx 6,3,9
	mr 10,7
	add 9,3,9
	bne+ 0,.L46
	blr
.L43:
	cmpwi 0,5,10
	bne+ 0,.L26
	neg 10,10
	b .L26
	.cfi_endproc
.LFE6:
	.size	itoa,.-itoa
	.section	.rodata.str1.4
	.align 2
.LC1:
	.string	" ,;.!"
	.align 2
.LC2:
	.string	"apricot"
	.align 2
.LC3:
	.string	"atoi sum"
	.align 2
.LC4:
	.string	"the quick brown fox, jumps over the lazy dog; the dog sleeps. quick!"
	.align 2
.LC5:
	.string	"length"
	.align 2
.LC6:
	.string	"tokens"
	.align 2
.LC7:
	.string	"distinct"
	.align 2
.LC8:
	.string	"abcd"
	.align 2
.LC9:
	.string	"find abcd"
	.align 2
.LC10:
	.string	"abd"
	.align 2
.LC11:
	.string	"find abd"
	.align 2
.LC12:
	.string	"overlapping"
	.align 2
.LC13:
	.string	"apple"
	.align 2
.LC14:
	.string	"cmp"
	.section	.text.startup,"ax",@progbits
	.align 2
	.globl main
	.type	main, @function
main:
.LFB10:
	.cfi_startproc
	stwu 1,-560(1)
	.cfi_def_cfa_offset 560
	mfcr 12
	mflr 0
	stw 28,544(1)
	.cfi_register 65, 0
	.cfi_offset 28, -16
	lis 28,.LANCHOR0@ha
	stw 0,564(1)
	la 28,.LANCHOR0@l(28)
	stw 25,532(1)
	stw 26,536(1)
	stw 27,540(1)
	stw 31,556(1)
	stw 12,528(1)
	stw 29,548(1)
	.cfi_offset 65, 4
	.cfi_offset 25, -28
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 31, -4
	.cfi_offset 70, -32
	.cfi_offset 29, -12
	addi 29,28,36
	stw 30,552(1)
	.cfi_offset 30, -8
	li 30,6
.L48:
	lwzu 31,4(29)
	li 5,10
	addi 4,1,464
	mr 3,31
	bl itoa
	bl print_str
	li 3,32
	bl print_char
	li 5,16
	addi 4,1,464
	mr 3,31
	bl itoa
	bl print_str
	li 3,32
	bl print_char
	li 5,2
	addi 4,1,464
	mr 3,31
	bl itoa
	bl print_str
	li 3,32
	bl print_char
	li 5,36
	addi 4,1,464
	mr 3,31
	bl itoa
	bl print_str
	bl print_nl
	addic. 30,30,-1
	bne+ 0,.L48
	lis 0,0x1062
	addi 3,28,64
	ori 0,0,0x4dd3
	addi 28,28,80
	li 9,32
	li 4,0
.L56:
	lwz 10,0(3)
.L49:
	rlwinm 8,9,0,0xff
	cmpwi 0,8,32
	cmpwi 7,8,9
	beq- 0,.L50
	bne- 7,.L170
.L50:
	lbzu 9,1(10)
	b .L49
.L170:
	addi 7,9,-43
	andi. 7,7,0xfd
	bne+ 0,.L51
	lbz 9,1(10)
	addi 10,10,1
.L51:
	addi 7,9,-48
	rlwinm 7,7,0,0xff
	cmplwi 0,7,9
	li 7,0
	bgt- 0,.L52
.L53:
	rlwinm 5,9,0,0xff
	lbzu 9,1(10)
	mulli 7,7,10
	addi 5,5,-48
	addi 6,9,-48
	add 7,5,7
	rlwinm 6,6,0,0xff
	cmplwi 0,6,9
	ble+ 0,.L53
.L52:
	cmpwi 0,8,45
	bne+ 0,.L54
	neg 7,7
.L54:
	mulhw 10,7,0
	srawi 9,7,31
	cmplw 0,3,28
	srawi 10,10,6
	subf 9,9,10
	mulli 9,9,1000
	subf 9,9,7
	add 4,4,9
	beq- 0,.L55
	lwzu 9,4(3)
	lbz 9,0(9)
	b .L56
.L55:
	lis 3,.LC3@ha
	la 3,.LC3@l(3)
	bl show_int
	lis 10,.LC4-1@ha
	la 10,.LC4-1@l(10)
	addi 8,1,7
.L57:
	lbzu 9,1(10)
	rlwinm 7,9,0,0xff
	stbu 9,1(8)
	cmpwi 0,7,0
	bne+ 0,.L57
	lbz 9,8(1)
	addi 29,1,8
	mr 4,29
	cmpwi 0,9,0
	beq- 0,.L58
.L59:
	lbzu 9,1(4)
	cmpwi 0,9,0
	bne+ 0,.L59
.L58:
	lis 3,.LC5@ha
	subf 4,29,4
	la 3,.LC5@l(3)
	li 31,0
	bl show_int
	lis 3,.LC1@ha
	cmpwi 4,31,0
	la 3,.LC1@l(3)
	mr 12,29
	li 30,0
	li 11,0
	li 0,0
.L60:
	lbz 8,0(12)
	cmpwi 0,8,0
	beq- 0,.L67
.L71:
	mr 10,3
	li 9,32
	b .L69
.L172:
	lbzu 9,1(10)
	cmpwi 7,9,0
	beq- 7,.L171
.L69:
	cmpw 7,8,9
	bne+ 7,.L172
	lbzu 8,1(12)
	cmpwi 0,8,0
	bne+ 0,.L71
.L67:
	lis 3,.LC6@ha
	mr 4,31
	la 3,.LC6@l(3)
	bl show_int
	lis 3,.LC7@ha
	la 3,.LC7@l(3)
	mr 4,30
	bl show_int
	ble- 4,.L73
	addi 25,1,204
	addi 27,1,336
	mr 28,30
.L81:
	lwzu 26,4(25)
	cmpwi 0,26,1
	ble+ 0,.L80
	lwz 3,0(27)
	bl print_str
	li 3,61
	bl print_char
	mr 3,26
	bl print_int
	bl print_nl
.L80:
	addic. 28,28,-1
	addi 27,27,4
	bne+ 0,.L81
	cmpwi 0,30,1
	addi 0,30,-1
	addi 11,1,336
	beq- 0,.L91
.L90:
	addi 4,11,8
	lwzu 3,4(11)
	mr 6,28
.L84:
	lwz 5,-8(4)
	lbz 9,0(5)
	cmpwi 0,9,0
	beq- 0,.L169
	addi 10,3,-1
	mr 7,5
	b .L87
.L88:
	lbzu 9,1(7)
	cmpwi 0,9,0
	beq- 0,.L169
.L87:
	lbzu 8,1(10)
	cmpw 0,8,9
	beq+ 0,.L88
	cmpw 0,9,8
	ble- 0,.L169
	addi 6,6,-1
	stwu 5,-4(4)
	cmpwi 0,6,-1
	bne+ 0,.L84
	li 6,0
.L85:
	addi 28,28,1
	slwi 6,6,2
	cmplw 0,28,0
	add 6,29,6
	stw 3,328(6)
	bne+ 0,.L90
.L91:
	addi 9,1,332
	slwi 27,30,2
	add 27,27,9
	mr 28,9
	andi. 9,27,0x4
	beq- 0,.L83
	mr 28,1
	lwzu 3,336(28)
	bl print_str
	li 3,32
	bl print_char
	lwz 3,4(28)
	addi 29,28,4
	addi 28,28,8
	bl print_str
	li 3,32
	cmplw 0,29,27
	beq- 0,.L92
.L173:
	bl print_char
	lwz 3,4(29)
	bl print_str
	li 3,32
	bl print_char
.L83:
	lwz 3,4(28)
	addi 29,28,4
	addi 28,28,8
	bl print_str
	li 3,32
	cmplw 0,29,27
	bne+ 0,.L173
.L92:
	li 3,10
	bl print_char
.L73:
	lis 3,.LC8@ha
	la 3,.LC8@l(3)
	bl find.constprop.0
	li 4,-1
	cmpwi 0,3,0
	beq- 0,.L93
	lis 4,.LC0@ha
	la 4,.LC0@l(4)
	subf 4,4,3
.L93:
	lis 3,.LC9@ha
	la 3,.LC9@l(3)
	bl show_int
	lis 3,.LC10@ha
	la 3,.LC10@l(3)
	bl find.constprop.0
	li 4,-1
	cmpwi 0,3,0
	beq- 0,.L94
	lis 4,.LC0@ha
	la 4,.LC0@l(4)
	subf 4,4,3
.L94:
	lis 3,.LC11@ha
	la 3,.LC11@l(3)
	bl show_int
	lis 9,.LC12-1@ha
	addi 8,1,503
	li 7,6
	la 9,.LC12-1@l(9)
	mr 10,8
	mtctr 7
.L95:
	lbz 4,1(9)
	addi 7,10,1
	lbz 5,2(9)
	addi 10,10,2
	addi 9,9,2
	stb 4,-1(10)
	stb 5,1(7)
	bdnz .L95
	lbz 9,504(1)
	addi 3,1,504
	cmpwi 0,9,0
	beq- 0,.L96
	mr 9,3
.L97:
	lbzu 10,1(9)
	cmpwi 0,10,0
	bne+ 0,.L97
	subf 10,3,9
	srwi. 10,10,1
	beq- 0,.L96
	andi. 7,10,0x1
	addi 6,10,-1
	bne- 0,.L174
.L144:
	srwi 10,10,1
	mtctr 10
.L98:
	lbz 6,1(8)
	addi 7,8,1
	lbz 5,-1(9)
	addi 10,9,-1
	addi 8,8,2
	addi 9,9,-2
	stb 5,-1(8)
	stb 6,1(9)
	lbz 6,1(7)
	lbz 5,-1(10)
	stb 5,1(7)
	stb 6,-1(10)
	bdnz .L98
.L96:
	bl print_str
	bl print_nl
	lis 8,.LC13@ha
	lis 9,.LC2@ha
	la 8,.LC13@l(8)
	la 9,.LC2@l(9)
	li 10,97
	b .L99
.L101:
	lbzu 10,1(8)
	addi 9,9,1
	cmpwi 0,10,0
	beq- 0,.L100
.L99:
	lbz 7,0(9)
	cmpw 0,7,10
	beq+ 0,.L101
.L100:
	lbz 9,0(9)
	li 4,1
	cmpw 0,10,9
	bge+ 0,.L102
	li 4,-1
.L102:
	lis 3,.LC14@ha
	la 3,.LC14@l(3)
	bl show_int
	lwz 0,564(1)
	lwz 12,528(1)
	.cfi_remember_state
	.cfi_register 70, 12
	add 3,30,31
	lwz 25,532(1)
	lwz 26,536(1)
	mtlr 0
	.cfi_restore 65
	lwz 27,540(1)
	mtcrf 8,12
	.cfi_restore 70
	lwz 28,544(1)
	lwz 29,548(1)
	lwz 30,552(1)
	lwz 31,556(1)
	addi 1,1,560
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_restore 26
	.cfi_restore 25
	.cfi_def_cfa_offset 0
	blr
.L169:
	.cfi_restore_state
	addi 6,6,1
	b .L85
.L171:
	lbz 8,0(12)
	mr 28,12
	cmpwi 0,8,0
	beq- 0,.L74
.L77:
	mr 10,3
	li 9,32
	b .L76
.L176:
	lbzu 9,1(10)
	cmpwi 7,9,0
	beq- 7,.L175
.L76:
	cmpw 7,8,9
	bne+ 7,.L176
	stb 11,0(28)
	addi 28,28,1
.L74:
	ble- 4,.L110
.L179:
	addi 4,1,332
	li 5,0
.L79:
	lwzu 8,4(4)
	mr 10,12
	lbz 9,0(8)
	cmpwi 7,9,0
	bne+ 7,.L62
	b .L177
.L64:
	lbzu 9,1(8)
	cmpwi 7,9,0
	beq- 7,.L178
	mr 10,6
.L62:
	lbz 7,0(10)
	addi 6,10,1
	cmpw 7,7,9
	beq+ 7,.L64
.L65:
	addi 5,5,1
	cmpw 7,30,5
	bne+ 7,.L79
.L61:
	slwi 9,30,2
	addi 30,30,1
	add 9,29,9
	cmpwi 4,30,0
	stw 12,328(9)
	stw 0,200(9)
.L66:
	slwi 9,5,2
	addi 31,31,1
	add 9,29,9
	mr 12,28
	lwz 10,200(9)
	addi 10,10,1
	stw 10,200(9)
	b .L60
.L178:
	lbz 9,1(10)
.L63:
	rlwinm 9,9,0,0xff
	cmpwi 7,9,0
	bne+ 7,.L65
.L78:
	cmpw 0,30,5
	bne+ 0,.L66
	b .L61
.L175:
	lbzu 8,1(28)
	cmpwi 0,8,0
	bne+ 0,.L77
	bgt+ 4,.L179
.L110:
	li 5,0
	b .L78
.L177:
	lbz 9,0(12)
	b .L63
.L174:
	lbzu 7,1(8)
	cmpwi 0,6,0
	lbzu 6,-1(9)
	stb 6,0(8)
	stb 7,0(9)
	bne+ 0,.L144
	b .L96
	.cfi_endproc
.LFE10:
	.size	main,.-main
	.section	.rodata.str1.4
	.align 2
.LC15:
	.string	"  123"
	.align 2
.LC16:
	.string	"-0042xyz"
	.align 2
.LC17:
	.string	"+7"
	.align 2
.LC18:
	.string	"\t-2147483647"
	.align 2
.LC19:
	.string	"abc"
	.section	.rodata
	.align 2
	.set	.LANCHOR0,. + 0
	.type	digits.0, @object
	.size	digits.0, 37
digits.0:
	.string	"0123456789abcdefghijklmnopqrstuvwxyz"
	.zero	3
	.type	nums.2, @object
	.size	nums.2, 24
nums.2:
	.long	0
	.long	7
	.long	-42
	.long	1000000
	.long	-2147483647
	.long	255
	.type	ins.1, @object
	.size	ins.1, 20
ins.1:
	.long	.LC15
	.long	.LC16
	.long	.LC17
	.long	.LC18
	.long	.LC19
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
